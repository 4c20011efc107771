"""Eleventh session (rep11): how the report speaks.

1. A non-English account is told, near the top of every format, which checks read English only
   (walkthrough s11, item 3: a Spanish Mastodon account's job, union role, child's school and
   home street gave nothing, and the report said MEDIUM with no word about language).
2. Each clue in the profile carries its confidence, and the overall risk says what it rests on
   (red team s11, item 7).
3. "What to do first": a short ordered list of actions, one per piece of advice, naming the
   file to fix; masked under --redact as the findings are (walkthrough s11 papercut).
4. Ctrl-C prints one line (walkthrough s11 papercut).
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from archive_builders import build_jekyll_blog, build_mastodon_archive, make_note
from nymaudit.cli import app

SPANISH = [
    "Trabajo como enfermera en el Hospital Italiano desde hace seis años y me gusta mucho.",
    "Soy delegada gremial de ATE en el hospital, y esta semana tenemos asamblea otra vez.",
    "Mi hija empieza primer grado en una escuela de Caballito y estamos todos nerviosos.",
    "Tomo la línea D del subte desde Palermo todos los días a las siete y cuarenta.",
    "Vivo a dos cuadras de Plaza Serrano, en un departamento chico pero con mucha luz.",
    "Hoy llovió toda la tarde y no pude salir a caminar con el perro por el barrio.",
]


def _spanish_archive(tmp_path: Path, n: int = 60) -> Path:
    notes = [make_note(str(110000000 + i), f"2025-{1 + i % 12:02d}-{1 + i % 27:02d}T{10 + i % 10:02d}:15:00Z",
                       f"<p>{SPANISH[i % len(SPANISH)]}</p>", language="es",
                       actor="https://mastodon.example/users/tinta_sur")
             for i in range(n)]
    return build_mastodon_archive(tmp_path / "mastodon-es", notes, zip=True,
                                  actor="https://mastodon.example/users/tinta_sur")


def _scan(*args: str) -> str:
    result = CliRunner().invoke(app, ["scan", *args], env={"COLUMNS": "100", "NYMAUDIT_REDACT": ""})
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def test_a_spanish_account_is_told_which_checks_read_english_only_in_every_format(tmp_path: Path) -> None:
    archive = _spanish_archive(tmp_path)
    doc = json.loads(_scan(str(archive), "-f", "json"))
    language = doc["profile"]["language"]
    assert language["non_english_share"] >= 0.9
    assert language["tagged_posts"] == 60 and language["tags"] == {"es": 60}
    assert "self-disclosures" in language["note"] and "not checked" in language["note"]
    terminal = _scan(str(archive))
    # Near the top: before the inputs table and the findings.
    assert "language:" in terminal
    assert terminal.index("language:") < terminal.index("Inputs")
    assert "not in English" in terminal
    markdown = _scan(str(archive), "-f", "markdown")
    assert markdown.index("> **Language:**") < markdown.index("## Inputs")
    page = _scan(str(archive), "-f", "html")
    assert page.index("<strong>Language:</strong>") < page.index("<h2>Inputs</h2>")


def test_short_untagged_german_posts_get_the_note_too(tmp_path: Path) -> None:
    """Posts under 12 words escape the style section's paragraph measure (red team s11's
    german.jsonl without its tags read 0% foreign): the function words give the estimate."""
    lines = ["Das Essen war heute wirklich lecker.", "Nach dem Essen ein Spaziergang im Hof.",
             "Im Hof spielen die Kinder.", "Gutes Essen, guter Wein, was will man mehr."]
    posts = tmp_path / "posts.jsonl"
    posts.write_text("".join(json.dumps({"timestamp": f"2025-03-{1 + i % 27:02d}T20:00:00Z",
                                         "text": lines[i % 4]}) + "\n" for i in range(40)), encoding="utf-8")
    doc = json.loads(_scan(str(posts), "-f", "json"))
    assert doc["style"]["language"]["non_english_word_share"] == 0.0  # the paragraph measure
    assert doc["profile"]["language"]["non_english_share"] >= 0.8
    assert doc["profile"]["language"]["tagged_posts"] == 0


def test_an_english_account_gets_no_language_note(tmp_path: Path) -> None:
    notes = [make_note(str(120000000 + i), f"2025-03-{1 + i % 27:02d}T12:00:00Z",
                       "<p>Another grey morning; the kettle is on and the cat is asleep on the stairs.</p>")
             for i in range(30)]
    archive = build_mastodon_archive(tmp_path / "mastodon-en", notes, zip=True)
    doc = json.loads(_scan(str(archive), "-f", "json"))
    assert "language" not in doc["profile"]
    assert "language:" not in _scan(str(archive))


def test_tweets_tagged_media_only_or_hashtags_only_are_in_no_language(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from archive_builders import build_twitter_archive, make_tweet

    start = datetime(2025, 3, 1, 12, tzinfo=UTC)
    tweets = [make_tweet(str(1890000000000000000 + i), start + timedelta(hours=7 * i),
                         "The kettle is on again and the cat has taken the warm chair by the window.",
                         lang="en") for i in range(20)]
    tweets += [make_tweet(str(1891000000000000000 + i), start + timedelta(hours=7 * i + 3), "#caturday",
                          lang="qht") for i in range(20)]
    archive = build_twitter_archive(tmp_path / "x", tweets, zip=True)
    doc = json.loads(_scan(str(archive), "-f", "json"))
    assert "language" not in doc["profile"], doc["profile"].get("language")


def test_the_language_tags_are_masked_under_redact(tmp_path: Path) -> None:
    archive = _spanish_archive(tmp_path)
    doc = json.loads(_scan(str(archive), "-f", "json", "--redact"))
    assert doc["profile"]["language"]["tags"] == {"***": 60}
    assert '"es"' not in json.dumps(doc["profile"])


def _photo_with_gps() -> bytes:
    import io

    import piexif
    from PIL import Image

    gps = {piexif.GPSIFD.GPSLatitudeRef: b"S", piexif.GPSIFD.GPSLatitude: ((34, 1), (33, 1), (3204, 100)),
           piexif.GPSIFD.GPSLongitudeRef: b"W", piexif.GPSIFD.GPSLongitude: ((58, 1), (25, 1), (5016, 100))}
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), "white").save(buffer, "jpeg", exif=piexif.dump({"GPS": gps}))
    return buffer.getvalue()


def _account_with_a_photo(tmp_path: Path) -> Path:
    media = "media_attachments/files/110/035/original/0035abc.jpg"
    notes = [make_note("110000035", "2025-05-01T12:00:00Z", "<p>Sunday walk in the park.</p>",
                       attachments=[{"mediaType": "image/jpeg", "url": f"/{media}", "name": "trees"}],
                       actor="https://mastodon.example/users/tinta_sur")]
    notes += [make_note(str(110000100 + i), f"2025-05-{2 + i:02d}T12:00:00Z",
                        "<p>I work as a nurse at St Mary's Hospital and my daughter starts school soon.</p>",
                        actor="https://mastodon.example/users/tinta_sur") for i in range(3)]
    # A place with namesakes in several countries: a clue of less than high confidence (the false
    # "St. Marys" from "St Mary's Hospital" was that clue until the twelfth session).
    notes.append(make_note("110000200", "2025-05-09T12:00:00Z", "<p>Back in Richmond for the weekend.</p>",
                           actor="https://mastodon.example/users/tinta_sur"))
    return build_mastodon_archive(tmp_path / "acct", notes, zip=True, media={media: _photo_with_gps()},
                                  actor="https://mastodon.example/users/tinta_sur")


def test_clues_carry_their_confidence_and_the_risk_says_what_it_rests_on(tmp_path: Path) -> None:
    archive = _account_with_a_photo(tmp_path)
    doc = json.loads(_scan(str(archive), "-f", "json"))
    for entries in doc["profile"]["clues"].values():
        for entry in entries:
            assert entry["confidence"] in ("low", "medium", "high")
    basis = doc["profile"]["risk_basis"]
    assert basis["risk"] == doc["summary"]["risk"]
    assert basis["rules"] and basis["confidence"] in ("low", "medium", "high")
    terminal = _scan(str(archive))
    assert "risk: " + doc["summary"]["risk"].upper() + " from " in terminal
    dossier = terminal.split("What an investigator could write down")[1].split("───")[0]
    marked = [e for entries in doc["profile"]["clues"].values() for e in entries[:6]
              if e["confidence"] != "high"]
    assert marked, doc["profile"]["clues"]  # the nurse and the daughter: medium
    assert f"[{marked[0]['confidence']}]" in dossier and "(unmarked: high)" in dossier
    markdown = _scan(str(archive), "-f", "markdown")
    assert "**Why this risk:**" in markdown
    assert "| Confidence |" in markdown
    page = _scan(str(archive), "-f", "html")
    assert "<strong>Why this risk:</strong>" in page


def test_a_low_confidence_top_finding_is_called_a_lead() -> None:
    from nymaudit.model import Origin
    from nymaudit.rules import rule
    from nymaudit.summary import risk_basis

    found = rule("PLACE001").finding("Names Bath once.", "Bath", Origin("posts.jsonl", "3"),
                                     clue_value="Bath (New York, US)", severity="high", confidence="low")
    basis = risk_basis([found])
    assert basis is not None and basis["risk"] == "high" and basis["confidence"] == "low"
    assert "low confidence" in basis["note"] and "not an established fact" in basis["note"]


def test_what_to_do_first_lists_actions_once_each_most_serious_first(tmp_path: Path) -> None:
    archive = _account_with_a_photo(tmp_path)
    doc = json.loads(_scan(str(archive), "-f", "json"))
    first = doc["profile"]["priorities"]
    assert 1 <= len(first) <= 5
    dos = [item["do"] for item in first]
    assert len(dos) == len(set(dos))  # de-duplicated by advice
    order = {"critical": 4, "high": 3, "medium": 2, "low": 1}
    ranks = [order[i["severity"]] for i in first]
    assert ranks == sorted(ranks, reverse=True)
    assert first[0]["rule"] == "META010" and first[0]["path"].endswith("0035abc.jpg")
    terminal = _scan(str(archive))
    assert terminal.index("What to do first") < terminal.index("Inputs")
    assert " 1. GPS position in a file's metadata" in terminal
    markdown = _scan(str(archive), "-f", "markdown")
    assert markdown.index("## What to do first") < markdown.index("## Inputs")
    assert "1. **GPS position in a file's metadata**" in markdown
    assert "<h2>What to do first</h2>" in _scan(str(archive), "-f", "html")


def test_what_to_do_first_is_masked_under_redact_as_the_findings_are(tmp_path: Path) -> None:
    archive = _account_with_a_photo(tmp_path)
    doc = json.loads(_scan(str(archive), "-f", "json", "--redact"))
    gps = next(f for f in doc["findings"] if f["rule"] == "META010")
    item = doc["profile"]["priorities"][0]
    assert item["path"] == gps["location"]["path"]
    assert item["record"] == gps["location"]["record"] == "***"
    for fmt in ("json", "markdown", "html", "terminal"):
        out = _scan(str(archive), "-f", fmt, "--redact")
        assert "tinta_sur" not in out and "0035abc" not in out and "110000035" not in out, fmt


def test_a_blog_posts_file_names_in_what_to_do_first_are_masked_as_the_findings_paths(tmp_path: Path) -> None:
    """The walkthrough's drafts: a photo of "Union meeting notes.html" kept the post's name
    readable as the action's record while the findings masked it."""
    blog = build_jekyll_blog(tmp_path / "site", [
        {"name": "2025-03-01-union-meeting-horsforth.md", "front": {"title": "Notes"},
         "body": "![](/assets/img/horsforth-meeting.jpg)\n\nWe met again on Tuesday.\n"}],
        files={"assets/img/horsforth-meeting.jpg": _photo_with_gps()})
    plain = json.loads(_scan(str(blog), "-f", "json"))
    item = plain["profile"]["priorities"][0]
    assert item["rule"] == "META010" and "horsforth" in item["path"] + (item["record"] or "")
    doc = json.loads(_scan(str(blog), "-f", "json", "--redact"))
    gps = next(f for f in doc["findings"] if f["rule"] == "META010")
    item = doc["profile"]["priorities"][0]
    assert (item["path"], item["record"]) == (gps["location"]["path"], gps["location"]["record"])
    for fmt in ("json", "markdown", "html", "terminal"):
        out = _scan(str(blog), "-f", fmt, "--redact")
        assert "horsforth" not in out.lower() and "union-meeting" not in out, fmt


def test_short_advice_keeps_the_action_after_a_warning() -> None:
    from nymaudit.summary import short_advice

    advice = ("Removing or changing the author in place does not help, because the tool appends another "
              "revision. Rewrite the whole file instead: print to a new PDF, or use `qpdf --linearize in.pdf "
              "out.pdf` after editing the metadata. Then check again.")
    two = advice[:advice.index(" Then")]
    assert short_advice(advice, len(two) + 5) == two
    assert short_advice(advice, 50).endswith("another revision.")
    assert short_advice("Do `a. b` now. Then more.", 5) == "Do `a. b` now."


def test_ctrl_c_says_no_report_was_written(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import nymaudit.scan

    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(nymaudit.scan, "analyse", interrupted)
    archive = _spanish_archive(tmp_path, n=12)
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["scan", str(archive), "-f", "html", "-o", str(out)])
    assert result.exit_code == 130
    assert result.stderr.strip().splitlines()[-1] == "nymaudit: interrupted: no report written"
    assert not out.exists()


def test_ctrl_c_while_the_terminal_report_prints_says_it_is_incomplete(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import nymaudit.report.terminal

    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(nymaudit.report.terminal, "_findings", interrupted)
    result = CliRunner().invoke(app, ["scan", str(_spanish_archive(tmp_path, n=12))])
    assert result.exit_code == 130
    assert result.stderr.strip().splitlines()[-1] == "nymaudit: interrupted: the report is incomplete"


def test_ctrl_c_in_a_real_process_prints_one_line(tmp_path: Path) -> None:
    """The signal itself, in a child process: exit 130 and one line on stderr, no traceback,
    whatever the moment it lands (before 2026-11-29 nothing, or a traceback during imports)."""
    archive = _spanish_archive(tmp_path, n=600)
    out = tmp_path / "report.html"
    command = [sys.executable, "-m", "nymaudit", "scan", str(archive), "-f", "html", "-o", str(out)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    if proc.returncode == 0 or b"report written" in err:  # the scan finished first: nothing to check
        return
    assert proc.returncode == 130
    # While the modules load, while typer parses, or inside the command: the same one line.
    assert err.decode().strip().splitlines() == ["nymaudit: interrupted: no report written"]
    assert not out.exists()
