"""Walkthrough of 2026-11-29 (sixth session), items 9 and 10, end to end on inputs built
the way the platforms build them: acronyms are not ALL CAPS emphasis and its evidence is
shown once and in whole words; a git host's "(#123)" and lower-case commit subjects are
conventions, not habits; a word two regions share is no evidence against either; a
phrase never spans punctuation; in compare, a word seen only at a sentence start is no
name, and the rank, the distance and the style distance are each labelled
(docs/style.md)."""

from __future__ import annotations

import io
import json
import os
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from archive_builders import build_reddit_export, build_twitter_archive, build_wxr, make_tweet
from nymaudit.cli import app
from nymaudit.commands.compare import render_terminal


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"},
                              catch_exceptions=False)


def _scan(path: Path) -> dict:
    result = run("scan", str(path), "--format", "json", "-q", "--no-redact")
    assert result.exit_code in (0, 1), result.stdout
    return json.loads(result.stdout)


def _rules(doc: dict, rule: str) -> list[dict]:
    return [f for f in doc["findings"] if f["rule"] == rule]


# --- item 9: ALL CAPS, evidence ------------------------------------------------------------

NHS_COMMENTS = [
    "The NHS App is fine but the GP booking is still a nightmare round here.",
    "I've worked in the NHS for 14 years and never seen morale this low on the ward.",
    "Got my CBD oil sorted and the MTA style queues at the pharmacy are back again today.",
    "Updated the README and the JSON export for the ward rota spreadsheet this weekend.",
    "The A&E at the MRI was rammed again on Saturday night, we were there for hours.",
    "Does anyone know if the BBC weather app is any good for Manchester drizzle?",
]


def _reddit(tmp_path: Path, texts: list[str], repeat: int) -> Path:
    start = datetime(2024, 3, 1, 19, 0, tzinfo=UTC)
    rows = []
    for i, text in enumerate(texts * repeat):
        when = start + timedelta(hours=31 * i)
        rows.append({"id": f"k{i:05d}x", "permalink": f"https://www.reddit.com/r/manchester/comments/a{i}/x/k{i:05d}x/",
                     "date": when.strftime("%Y-%m-%d %H:%M:%S UTC"), "subreddit": "manchester",
                     "body": text})
    return build_reddit_export(tmp_path / "reddit.zip", rows, [], zip=True)


def test_acronyms_are_not_all_caps_emphasis(tmp_path: Path) -> None:
    """The walkthrough's Reddit export: NHS, GP, CBD, MTA, README counted as "ALL CAPS for
    emphasis" (57 times, 3.6x), evidence "The NHS App is fine but the GP b" twice."""
    doc = _scan(_reddit(tmp_path, NHS_COMMENTS, 15))
    assert not any(h["feature"] == "all_caps_word" for h in doc["style"]["habits"])
    assert not any("ALL CAPS" in f["message"] for f in _rules(doc, "STYLE012"))


def test_emphasis_in_capitals_still_counts_with_whole_word_evidence_shown_once(tmp_path: Path) -> None:
    shouty = [
        "The NHS App is fine but the GP booking is NEVER going to work for night shift staff like me.",
        "I am REALLY tired of the rota changing every single week without any notice at all.",
        "The NHS App is fine but the GP booking is NEVER going to work for night shift staff like me.",
        "Honestly the ward was SO busy, we did NOT stop once from seven until the end.",
    ]
    doc = _scan(_reddit(tmp_path, shouty, 12))
    caps = next(h for h in doc["style"]["habits"] if h["feature"] == "all_caps_word")
    assert caps["count"] == 48  # NEVER twice, REALLY, NOT (SO has two letters); no NHS or GP
    examples = caps["examples"]
    assert len(examples) == len(set(examples)) == 2
    tokens = set(" ".join(shouty).split())
    for example in examples:
        # whole words at both ends ("...but the GP b" was shown)
        assert set(example.split()) <= tokens, example


# --- item 9: git conventions ------------------------------------------------------------------

def _git_repo(tmp_path: Path, subjects: list[str]) -> Path:
    root = tmp_path / "proj"
    root.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1",
                "GIT_AUTHOR_NAME": "quietpen", "GIT_AUTHOR_EMAIL": "quietpen@users.noreply.github.com",
                "GIT_COMMITTER_NAME": "GitHub", "GIT_COMMITTER_EMAIL": "noreply@github.com"})
    subprocess.run(["git", "-C", str(root), "init", "-q"], check=True, capture_output=True, env=env)
    start = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    for i, subject in enumerate(subjects):
        (root / f"f{i}.txt").write_text(f"{i}\n")
        when = (start + timedelta(hours=9 * i)).isoformat()
        extra = {"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
        subprocess.run(["git", "-C", str(root), "add", "-A"], check=True, capture_output=True,
                       env={**env, **extra})
        # A squash merge on GitHub: the pull request's number closes the subject.
        subprocess.run(["git", "-C", str(root), "commit", "-q", "-m", f"{subject} (#{100 + i})"],
                       check=True, capture_output=True, env={**env, **extra})
    return root


GIT_SUBJECTS = ["fix parser edge case in the config loader", "add tests for the colour config",
                "handle unicode in paths on windows", "speed up the directory walker",
                "update README for the new release", "refactor scanner so rules load once",
                "wip: new rule engine for the scanner", "bump deps and pin the linter version"]


def test_git_pull_request_suffix_and_lower_case_subjects_are_conventions(tmp_path: Path) -> None:
    """The walkthrough's repository: brackets 66.9x from "(#123)", sentences starting in
    lower case 40.1x from the subjects, ALL CAPS from README."""
    doc = _scan(_git_repo(tmp_path, GIT_SUBJECTS * 8))
    features = {h["feature"] for h in doc["style"]["habits"]}
    assert not features & {"parenthesis", "lowercase_sentence_start", "all_caps_word"}, features
    assert not _rules(doc, "STYLE012")


# --- item 9: a word two regions share --------------------------------------------------------

PERTH_POSTS = [
    "Took the Mitchell Freeway up to Joondalup this arvo, then brekkie by the beach. Realised the "
    "colour of the water was unreal.",
    "Footy on the telly, then a walk through Kings Park before the freeway traffic built up. My "
    "neighbour organised the barbecue.",
    "The Kwinana Freeway was a car park again, so we stopped at the servo for a pie and an esky of drinks.",
]


def test_a_word_australia_shares_with_the_us_is_no_evidence_against_australia(tmp_path: Path) -> None:
    """'freeway' (Perth's Mitchell and Kwinana Freeways) counted as US vocabulary, against
    Australia; STYLE006 dropped to low confidence."""
    items = []
    for i, text in enumerate(PERTH_POSTS * 12):
        day = datetime(2024, 2, 1, 8, 0) + timedelta(days=3 * i)
        items.append({"post_id": str(i + 1), "title": f"Walk {i}", "content": f"<p>{text}</p>",
                      "post_date": day.strftime("%Y-%m-%d %H:%M:%S"),
                      "post_date_gmt": (day - timedelta(hours=8)).strftime("%Y-%m-%d %H:%M:%S"),
                      "status": "publish", "post_type": "post", "creator": "quietpen"})
    doc = _scan(build_wxr(tmp_path / "perthwalks.WordPress.xml", items))
    top = doc["style"]["locale_candidates"][0]
    assert top["locale"] == "AU" and top["against"] == []
    locale = _rules(doc, "STYLE006")[0]
    assert locale["confidence"] == "medium" and locale["clue"]["value"] == "AU"
    vocabulary = {f["message"] for f in _rules(doc, "STYLE002")}
    assert not any(m.endswith("typical of United States.") for m in vocabulary), vocabulary
    assert any("United States or Australia" in m for m in vocabulary)


# --- item 9: phrases and punctuation --------------------------------------------------------

def test_a_recurring_phrase_does_not_span_punctuation(tmp_path: Path) -> None:
    """'east river miles' from "along the East River, 5 miles" in 25 tweets."""
    start = datetime(2024, 1, 2, 11, 0, tzinfo=UTC)
    texts = ["Went for a run along the East River, 5 miles before work. Cold but worth it.",
             "Pizza night with the roommates, the usual place on the corner.",
             "Subway delayed again, I swear the MTA does this on purpose."]
    tweets = [make_tweet(str(1700000000000000000 + i), start + timedelta(hours=13 * i), texts[i % 3])
              for i in range(60)]
    doc = _scan(build_twitter_archive(tmp_path / "twitter.zip", tweets, zip=True))
    phrases = [p["phrase"] for p in doc["style"]["phrases"]]
    assert phrases and "east river miles" not in phrases and "river miles before" not in phrases
    assert not any(f["clue"]["value"] == "east river miles" for f in _rules(doc, "STYLE015"))


# --- item 10: compare --------------------------------------------------------------------------

def _letters(folder: Path, sentences: list[str], count: int = 12) -> Path:
    folder.mkdir()
    for i in range(count):
        picked = [sentences[(i * 3 + j) % len(sentences)] for j in range(len(sentences))]
        (folder / f"letter{i:02d}.txt").write_text(
            "\n\n".join(" ".join(picked[k:k + 4]) for k in range(0, len(picked), 4)) + "\n")
    return folder


NURSE = ["Realistically we need more nurses, not more managers.",
         "Gotta say the new matron has made a real difference on the ward.",
         "Appreciate that the council has its own problems, but the buses are awful.",
         "We took the kids to Didsbury for the festival and met Aunt Philippa there.",
         "I've been a nurse for fourteen years and I love the job, honestly.",
         "The walk along the Mersey near Didsbury was lovely, Philippa says so too.",
         "Our favourite place for a walk is still the park near home.",
         "It's not the doctors, it's the ratios, and everyone on the ward knows it."]


def test_words_only_seen_at_a_sentence_start_are_not_names(tmp_path: Path) -> None:
    """'Realistically', 'Gotta', 'Appreciate' were shown as names both identities write
    about ("a person or place both identities write about links them")."""
    posts = NURSE * 40
    pseudo = _reddit(tmp_path, posts, 1)
    known = _letters(tmp_path / "known_nurse", NURSE)
    result = run("compare", str(pseudo), "--known", f"nurse={known}", "--format", "json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    kinds = {h["feature"].lower(): h["kind"] for h in doc["linkage"]["shared_habits"]}
    for word in ("realistically", "gotta", "appreciate"):
        assert kinds.get(word) != "name", kinds
    assert kinds.get("didsbury") == "name" or kinds.get("philippa") == "name", kinds
    advice = " ".join(doc["habits_to_vary"])
    assert "name 'Realistically'" not in advice and "name 'Gotta'" not in advice


def _doc(candidates: list[dict], calibration: dict) -> dict:
    return {"schema": "nymaudit.compare/1", "mode": "attribution",
            "linkage": {"method": "m", "words": {c["label"]: 4500 for c in candidates},
                        "pseudonymous_words": 8663, "candidates": candidates, "shared_habits": [],
                        "warnings": []},
            "margins": [{"label": a["label"], "next": b["label"],
                         "distance_margin": round(b["ranking_score"] - a["ranking_score"], 4)}
                        for a, b in zip(candidates, candidates[1:], strict=False)
                        if b["ranking_score"] is not None],
            "calibration": calibration, "habits_to_vary": []}


def test_rank_distance_and_style_distance_are_each_labelled() -> None:
    """The walkthrough's perthwalks compare: rank 1 'nyc' at 0.884, rank 2 'nurse' at 0.881,
    and the detail lines' "style distance" in yet another order, with no word on why."""
    doc = _doc(
        [{"label": "nyc", "same_author_probability": None, "rank": 1, "distance": 0.884,
          "ranking_score": 0.8764, "calibrated": False},
         {"label": "nurse", "same_author_probability": None, "rank": 2, "distance": 0.8813,
          "ranking_score": 0.8889, "calibrated": False}],
        {"nyc": {"char_cross_entropy": 6.95, "quarter_self_distance": None, "self_mean": 0.0165,
                 "window_distance": 0.6038},
         "nurse": {"char_cross_entropy": 7.14, "quarter_self_distance": None, "self_mean": 0.0146,
                   "window_distance": 0.594}})
    out = io.StringIO()
    render_terminal(doc, Console(file=out, width=140, no_color=True))
    text = out.getvalue()
    assert "ranking score" in text and "0.876" in text and "0.884" in text
    assert "Rank follows the ranking score" in text and "character model" in text
    assert "By the distance alone 'nurse' would come first" in text
    assert "Style distance below: function words and character sequences only (no vocabulary)" in text


def test_one_candidate_has_no_ranking_column() -> None:
    doc = _doc([{"label": "a", "same_author_probability": 0.9, "rank": 1, "distance": 0.3,
                 "ranking_score": 0.3, "calibrated": True},
                {"label": "b", "same_author_probability": None, "rank": 2, "distance": None,
                 "ranking_score": None, "calibrated": None}], {})
    doc["margins"] = []
    out = io.StringIO()
    render_terminal(doc, Console(file=out, width=140, no_color=True))
    assert "ranking score" not in out.getvalue() and "Rank follows" not in out.getvalue()


def test_sentence_start_after_abbreviations_and_quotes() -> None:
    from nymaudit.style.linkage import sentence_initial

    text = 'Realistically, yes. Mrs. Goddard came. J. Smith too. "Gotta go," he said. (Honestly) - Bob'
    def at(word: str) -> bool:
        return sentence_initial(text, text.index(word))
    assert at("Realistically") and at("Gotta") and at("Honestly") and at("Mrs")
    assert not at("Goddard") and not at("Smith") and not at("Bob")
