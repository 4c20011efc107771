"""Walkthrough of 2026-11-29 (tenth session), style items, end to end on inputs built the way
the platforms build them: STYLE001's confidence counts distinct words and posts and says when
the text is too short (item 5); one repeated sentence is one STYLE015 finding (papercut);
compare gives no habit advice when its own warnings say the text is not English, and never
on a word used on neither side (item 4); `compare --redact` masks the spelling variety as
`scan --redact` does, and `scan --redact` masks every locale a tie names (item 10)
(docs/style.md, "Tenth session")."""

from __future__ import annotations

import json
import os
import random
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

from typer.testing import CliRunner

from archive_builders import (
    build_bluesky_export,
    build_mastodon_archive,
    build_reddit_export,
    make_bsky_post,
    make_note,
)
from nymaudit.cli import app


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"},
                              catch_exceptions=False)


def _scan(path: Path, *extra: str) -> dict:
    result = run("scan", str(path), "--format", "json", "-q", *extra)
    assert result.exit_code in (0, 1), result.stdout
    return json.loads(result.stdout)


def _rules(doc: dict, rule: str) -> list[dict]:
    return [f for f in doc["findings"] if f["rule"] == rule]


# --- item 5: STYLE001 from one word ---------------------------------------------------------

def test_one_word_repeated_in_a_short_draft_is_low_and_says_too_little_text(tmp_path: Path) -> None:
    """The walkthrough's p5.md: "plough" five times in 35 words gave "[medium confidence] 5 of 5
    marked spellings are British" while the same report said too_little_text."""
    draft = tmp_path / "p5.md"
    draft.write_text("The snow plough came at 5 again. " * 5 + "\n", encoding="utf-8")
    doc = _scan(draft, "--no-redact")
    assert doc["style"]["too_little_text"] is True
    (finding,) = _rules(doc, "STYLE001")
    assert finding["confidence"] == "low"
    assert "1 distinct word" in finding["message"]
    assert "Too little text" in finding["message"]


MASTODON_POSTS = ["Work was a lot today.", "Finally some quiet.", "New library card! Small joys.",
                  "Thinking about the election coverage again.", "Does anyone else still use RSS?",
                  "Then the long walk to the lake.", "Asking for me, honestly."]


def _mastodon(tmp_path: Path, texts: list[str]) -> Path:
    start = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
    notes = [make_note(str(110000 + i), (start + timedelta(hours=31 * i)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                       f"<p>{text}</p>") for i, text in enumerate(texts)]
    return build_mastodon_archive(tmp_path / "mast.zip", notes, zip=True)


def test_one_word_in_many_posts_of_a_long_enough_account_is_low(tmp_path: Path) -> None:
    """mast40.zip: 40 posts, 310 words, "plough" in five of them: one distinct word."""
    texts = [f"{MASTODON_POSTS[i % 7]} Day {i} of this, more or less the same as the day before it."
             for i in range(35)] + ["The snow plough came at 5 again."] * 5
    doc = _scan(_mastodon(tmp_path, texts), "--no-redact")
    assert doc["style"]["too_little_text"] is False
    (finding,) = _rules(doc, "STYLE001")
    assert finding["confidence"] == "low"
    assert "1 distinct word in 5 posts" in finding["message"]
    assert "One word repeated" in finding["message"]


def test_many_distinct_spellings_across_posts_stay_high(tmp_path: Path) -> None:
    """The same account writing British spellings of many words, in many posts: high as before."""
    british = ["colour", "realise", "centre", "travelled", "favourite", "organise", "neighbour", "theatre"]
    texts = [f"{MASTODON_POSTS[i % 7]} The {british[i % 8]} of it all, as ever, on day {i} of the month."
             for i in range(40)]
    doc = _scan(_mastodon(tmp_path, texts), "--no-redact")
    (finding,) = _rules(doc, "STYLE001")
    assert finding["confidence"] == "high"
    assert "8 distinct words in 40 posts" in finding["message"]


# --- STYLE015: one repeated sentence is one finding -----------------------------------------

TOPICS = [
    "Reading group tonight: we are on the second half of Middlemarch and nobody has finished it.",
    "If you run a small cafe please put the prices on the board. I am begging.",
    "Allotment update: the broad beans survived the frost, the courgettes did not.",
    "Long day. Spreadsheet said one thing, the auditors said another, the coffee said nothing.",
    "Why does every meeting about fewer meetings become a series of meetings.",
    "Our team lead has discovered emoji reactions and there is no going back.",
    "Walked along the river to Conham and back. Kingfisher! Second one this year.",
]


def test_fragments_of_one_repeated_sentence_are_one_finding(tmp_path: Path) -> None:
    """The walkthrough's Bluesky export: the emoji sentence in 19 posts gave three STYLE015
    findings ('discovered emoji reactions', 'is no going', 'lead has discovered')."""
    rnd = random.Random(7)
    start = datetime(2025, 9, 1, 12, 0, tzinfo=UTC)
    texts = [TOPICS[5] if i % 3 == 0 else rnd.choice(TOPICS[:5] + TOPICS[6:]) for i in range(57)]
    posts = [make_bsky_post(text, (start + timedelta(hours=17 * i)).strftime("%Y-%m-%dT%H:%M:%S.000Z"))
             for i, text in enumerate(texts)]
    doc = _scan(build_bluesky_export(tmp_path / "repo.car", posts), "--no-redact")
    findings = _rules(doc, "STYLE015")
    emoji = [f for f in findings if "emoji" in f["evidence"] or "no going" in f["evidence"]
             or "lead has" in f["evidence"]]
    assert len(emoji) <= 1, [f["evidence"] for f in findings]
    phrases = [p["phrase"] for p in doc["style"]["phrases"]]
    whole = [p for p in phrases if "emoji" in p]
    assert whole == ["our team lead has discovered emoji reactions and there is no going back"], phrases
    assert not any("no going" in p or "lead has" in p for p in phrases if p not in whole), phrases


def test_a_phrase_in_different_sentences_stays_a_phrase() -> None:
    """A tic used in different sentences is not grown into any one of them."""
    from nymaudit.style.habits import recurring_phrases

    posts = ["To be fair, it was late.", "to be fair I liked it", "Well, to be fair, no.",
             "to be fair the bus came", "It rained all day."] * 2 + ["Nothing here."] * 2
    found = recurring_phrases(posts)
    assert found and found[0]["phrase"] == "to be fair", found


# --- item 4: no habit advice from noise -------------------------------------------------------

def _git_repo(tmp_path: Path, subjects: list[str]) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1",
                "GIT_AUTHOR_NAME": "quietfox", "GIT_AUTHOR_EMAIL": "quietfox@users.noreply.github.com",
                "GIT_COMMITTER_NAME": "quietfox", "GIT_COMMITTER_EMAIL": "quietfox@users.noreply.github.com"})
    subprocess.run(["git", "-C", str(root), "init", "-q"], check=True, capture_output=True, env=env)
    start = datetime(2026, 9, 1, 10, 0, tzinfo=UTC)
    for i, subject in enumerate(subjects):
        (root / "main.py").write_text(f"VALUE = {i}\n")
        when = (start + timedelta(hours=9 * i)).isoformat()
        extra = {"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
        git_env = {**env, **extra}
        subprocess.run(["git", "-C", str(root), "add", "-A"], check=True, capture_output=True, env=git_env)
        subprocess.run(["git", "-C", str(root), "commit", "-q", "-m", subject], check=True,
                       capture_output=True, env=git_env)
    return root


FRAMES = [
    "So, to be honest, {t} was never the problem; {n} was.",
    "The upshot is that {t} needs a tidy rethink whilst we still can.",
    "I'd argue that {t} is over-engineered, and {n} rather prove the point.",
    "Whilst {t} looks tidy on paper, {n} are where it falls over (as ever).",
    "It's worth noting that {t} was written in a hurry; {n} show it.",
    "Frankly, {n} matter more than {t}; I'd prioritise accordingly.",
    "Having said that, {t} is perfectly serviceable once you've understood {n}.",
]
NOUNS = ["latency", "the edge cases", "the defaults", "the failure modes", "the docs", "the benchmarks"]
SUBJECTS = ["the scheduler", "the retry logic", "our CI pipeline", "the cache layer", "the parser",
            "log rotation", "the rate limiter", "feature flags", "the release process"]


def _voice(words: int, seed: int) -> str:
    """The walkthrough's developer voice (sentence frames with topic words): it never writes
    'with' or 'one', so those are at 0 per 1000 on both sides."""
    rnd = random.Random(seed)
    out: list[str] = []
    while sum(len(s.split()) for s in out) < words:
        out.append(rnd.choice(FRAMES).format(t=rnd.choice(SUBJECTS), n=rnd.choice(NOUNS)))
    return " ".join(out)


def _known(tmp_path: Path, words: int = 3600) -> Path:
    folder = tmp_path / "known"
    folder.mkdir()
    for i in range(3):
        (folder / f"2025-0{i + 3}-10-post.md").write_text(_voice(words // 3, seed=i) + "\n", encoding="utf-8")
    return folder


def test_no_habit_advice_when_the_pseudonymous_text_is_not_english(tmp_path: Path) -> None:
    """Walkthrough item 4: 28 commit messages "step N: tidy things" (112 words, 0% function
    words) still got "What to vary: Both sides use the uncommon word 'tidy' ..." and
    "You write 'with' unusually rarely on both sides (0.0 per 1000 here, 0.0 ...)"."""
    repo = _git_repo(tmp_path, [f"step {i}: tidy things" for i in range(1, 29)])
    known = _known(tmp_path)
    result = run("compare", str(repo), "--known", f"me={known}", "-f", "json")
    assert result.exit_code == 0, result.stdout
    doc = json.loads(result.stdout)
    assert doc["habits_to_vary"] == []
    assert doc["linkage"]["shared_habits"] == []
    assert any("does not read as English" in w and "no shared habits are listed or advised on" in w
               for w in doc["linkage"]["warnings"]), doc["linkage"]["warnings"]
    text = run("compare", str(repo), "--known", f"me={known}").stdout
    assert "What to vary" not in text
    assert "tidy" not in text


def test_english_prose_keeps_its_advice(tmp_path: Path) -> None:
    """A guard for the rules above (passes on the old code too): English prose on both sides
    that never writes 'with' or 'one' still gets advice on what it does share, and none built
    from two zeros."""
    pseudo = tmp_path / "pseudo.md"
    pseudo.write_text(_voice(900, seed=11) + "\n", encoding="utf-8")
    known = _known(tmp_path)
    result = run("compare", str(pseudo), "--known", f"me={known}", "-f", "json")
    doc = json.loads(result.stdout)
    for habit in doc["linkage"]["shared_habits"]:
        assert habit["pseudonymous_per_1000"] > 0 or habit["known_per_1000"] > 0, habit
    zeros = "0.0 per 1000 here, 0.0 in your known writing"
    assert not any(zeros in line for line in doc["habits_to_vary"]), doc["habits_to_vary"]
    assert doc["habits_to_vary"]  # the real shared habits (semicolons, 'the upshot is') are still advised on


def test_a_word_at_zero_on_both_sides_is_no_shared_habit() -> None:
    """Two sides whose rates are typical except 'with', which neither uses (the walkthrough's
    "'with' 0.0 per 1000 here, 0.0 in your known writing, typical 7.22"): not a shared habit,
    so no advice; 'so' used often on both sides still is."""
    from nymaudit.style import features as F
    from nymaudit.style import linkage as L
    from nymaudit.style.text import corpus_from_texts

    space = F.feature_space()
    pseudo = L.prepare("pseudonymous", corpus_from_texts([("p", _voice(2000, seed=3))]))
    known = L.prepare("me", corpus_from_texts([("k", _voice(4000, seed=4))]), segment_content=False)
    for side in (pseudo, known):
        side.profile = space.mean.copy()
        side.profile[space.names.index("w:with")] = 0.0
        side.profile[space.names.index("w:so")] = space.mean[space.names.index("w:so")] * 4
    features = {h["feature"] for h in L.shared_habits(pseudo, known) if h["kind"] == "function_word"}
    assert "so" in features
    assert "with" not in features


# --- item 10: the spelling variety under --redact -------------------------------------------

BRITISH = ["I realise the colour of the centre was odd; the upshot is we travelled home early.",
           "To be honest the theatre was full; I'd organise it differently next time.",
           "Whilst the neighbours were out, the favourite colour of the flat changed again."]
AMERICAN = ["I realize the color of the center was odd and we traveled home early!",
            "Basically the theater was full. I'd organize it differently next time!",
            "While the neighbors were out, the favorite color of the apartment changed again."]


def _reddit(tmp_path: Path) -> Path:
    start = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
    comments = [{"id": f"c{i}", "permalink": f"https://www.reddit.com/r/x/comments/a{i}/_/c{i}/",
                 "date": (start + timedelta(hours=29 * i)).strftime("%Y-%m-%d %H:%M:%S UTC"),
                 "ip": "", "subreddit": "x", "gildings": "0", "link": "", "parent": "",
                 "body": " ".join(BRITISH[(i + k) % 3] for k in range(3))} for i in range(45)]
    return build_reddit_export(tmp_path / "reddit", comments, [], zip=False)


def _known_side(tmp_path: Path, name: str, lines: list[str]) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for i in range(12):
        (folder / f"post-{i}.md").write_text(" ".join(lines[(i + k) % 3] for k in range(40)) + "\n",
                                             encoding="utf-8")
    return folder


def test_compare_redact_masks_the_spelling_variety(tmp_path: Path) -> None:
    """Walkthrough item 10: `compare --redact` showed "'**': British spelling (shared by most
    writers of that variety ...)" and the row "British spelling | American spelling", which
    `scan --redact` masks. Masked as FIXED: "British" and "American" differ in length."""
    reddit = _reddit(tmp_path)
    me = _known_side(tmp_path, "me", BRITISH)
    other = _known_side(tmp_path, "other", AMERICAN)
    args = ["compare", str(reddit), "--known", f"me={me}", "--known", f"other={other}"]
    plain = run(*args, "--no-redact").stdout
    assert "British spelling" in plain and "American spelling" in plain  # the clue is there to mask
    for extra in ((), ("-f", "json")):
        shown = run(*args, "--redact", *extra).stdout
        assert "british" not in shown.lower() and "american" not in shown.lower(), shown
    doc = json.loads(run(*args, "--redact", "-f", "json").stdout)
    spelling = [h for key in ("habits_that_agree", "habits_that_differ") for h in doc["linkage"][key]
                if h["habit"] == "spelling"]
    assert spelling and all(h["pseudonymous"] == h["known"] == "*** spelling" for h in spelling)


def test_compare_redact_masks_a_shared_spelling_variety_and_its_advice() -> None:
    """The shared habit "british spelling" (kind dialect) and its line of "What to vary"."""
    from nymaudit.commands.compare import redact
    from nymaudit.style.linkage import _habit, advice_for

    habit = _habit("british spelling", "dialect", 12.5, 9.75, None)
    doc = {"schema": "nymaudit.compare/1", "mode": "verification", "shared_habits_with": "jsmith",
           "linkage": {"candidates": [{"label": "jsmith"}], "shared_habits": [habit], "warnings": [],
                       "habits_that_agree": [], "habits_that_differ": []},
           "habits_to_vary": [advice_for(habit)], "margins": [], "calibration": {}}
    shown = json.dumps(redact(doc))
    assert "british" not in shown.lower(), shown
    assert redact(doc)["habits_to_vary"] == [
        "Both sides use *** spelling (12.5 per 1000 here, 9.75 in the known text 'known 1'): spelling "
        "marks where a writer learned to write; keep to the other variety in one of them (a spell "
        "checker set to it helps)."]


def test_scan_redact_masks_every_locale_a_tie_names(tmp_path: Path) -> None:
    """STYLE006 named an eight-way tie, and `scan --redact` masked only the five candidates the
    style section kept: "Kenya, New Zealand, Nigeria, South Africa" stayed readable."""
    draft = tmp_path / "draft.md"
    draft.write_text("Met at 3pm by the canal.\n\nBack at 5pm again, then 9pm the colour was gone.\n\n"
                     "Left at 7am and at 8am. Colour and honour and favour.\n", encoding="utf-8")
    plain = run("scan", str(draft), "--no-redact").stdout
    assert "New Zealand" in plain
    shown = run("scan", str(draft), "--redact").stdout
    for name in ("Kenya", "New Zealand", "Nigeria", "South Africa", "United States", "Australia"):
        assert name not in shown, name
    doc = _scan(draft, "--redact")
    assert not any(n in json.dumps(doc) for n in ("Kenya", "Nigeria", "Zealand"))
