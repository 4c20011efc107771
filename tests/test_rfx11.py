"""Redaction marks and labels, eleventh session (2026-11-29, helper rfx11; review rev11a items 7, 8).

7. The ``[***]`` marks of a redacted evidence did not point at the finding's word: (a) two SELF001
   findings each marked both addresses (every value the identity mask made ``***`` was marked, the
   other finding's too) and read the same; (b) a word the evidence window cut ("…otes") was made
   ``***`` and marked; (c) the reader's own label "[image description]" read "[*** ***]", like a
   mark; (d) META010's ``field=value`` evidence read ``***=***; ***=***``, its field names masked.
8. A ``--known`` label that is an everyday word (``when``) replaced that word in the habit advice:
   "You write 'known 1' unusually often" (a wrong fact). The advice's quoted word is no label.

Real input: a draft as `check` reads it, a Mastodon export, an X archive with a geotagged photo
(``tests/archive_builders.py``), text corpora on disk for `compare` and `scan --known`."""

from __future__ import annotations

import io
import json
import random
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app

ADDRESS_A = "anna.kowalski@acme-logistics.de"
ADDRESS_B = "bob@zephyrmail.co.uk"
WORDS = ("the a of and to in that it was for on are with as they be at one have this from or had by but "
         "what some we can out other were all there when up use your how said an each she which do their "
         "time if will way about many then them would like so these her make see him two has more day "
         "could go come did no most people my over know than who may down")


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def _findings(*args: str) -> list[dict]:
    code, out, err = _run(*args, "--format", "json")
    assert code in (0, 1), err
    return json.loads(out)["findings"]


def test_each_address_finding_marks_its_own_address_only(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(f"Some notes on the move.\n\nMail me: {ADDRESS_A}\n\nOr mail: {ADDRESS_B}\n")
    plain = [f for f in _findings("check", str(draft), "--no-redact") if f["rule"] == "SELF001"]
    assert {f["clue"]["value"] for f in plain} == {ADDRESS_A, ADDRESS_B}
    # The second finding's window starts inside a word ("…otes on the move.").
    assert any(f["evidence"].startswith("…") for f in plain)
    redacted = [f for f in _findings("check", str(draft), "--redact") if f["rule"] == "SELF001"]
    by_value = {p["clue"]["value"]: r["evidence"] for p, r in zip(plain, redacted, strict=True)}
    # One mark each, on its own address: the first address for A, the second for B.
    for evidence in by_value.values():
        assert evidence.count("[") == 1, evidence
    assert re.search(r": \[\*\*\*@\*\*\*\] \*\*\* \*\*\*: \*\*\*@\*\*\*$", by_value[ADDRESS_A]), by_value
    assert re.search(r": \*\*\*@\*\*\* \*\*\* \*\*\*: \[\*\*\*@\*\*\*\]$", by_value[ADDRESS_B]), by_value
    # A word the window cut is no subject: "…***", not "…[***]".
    assert all("…[" not in e and "]…" not in e for e in by_value.values()), by_value


def test_image_description_label_stays_the_tools_words(tmp_path: Path) -> None:
    from archive_builders import build_mastodon_archive, make_note

    note = make_note("1", "2024-03-01T20:00:00Z", "<p>A grey afternoon by the water.</p>",
                     attachments=[{"mediaType": "image/jpeg", "url": "/media_attachments/files/1/a.jpg",
                                   "name": "Me outside our house on Wetherby Road, I live in Harrogate"}])
    archive = build_mastodon_archive(tmp_path / "masto", [note], zip=False)
    plain = _findings("scan", str(archive), "--no-redact")
    texts = [f["evidence"] for f in plain if "[image description]" in f["evidence"]]
    assert texts, [f["evidence"] for f in plain]
    redacted = _findings("scan", str(archive), "--redact")
    shown = [f["evidence"] for f in redacted if "[image description]" in f["evidence"]]
    assert len(shown) == len(texts), [f["evidence"] for f in redacted]
    assert all("[*** ***]" not in e for e in shown), shown
    assert all("Harrogate" not in e and "Wetherby" not in e for f in redacted for e in (f["evidence"],))


def test_meta010_evidence_keeps_its_field_names(tmp_path: Path) -> None:
    piexif = pytest.importorskip("piexif")
    image = pytest.importorskip("PIL.Image")
    from archive_builders import build_twitter_archive, make_tweet

    buf = io.BytesIO()
    exif = piexif.dump({"GPS": {
        piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: ((53, 1), (50, 1), (1332, 100)),
        piexif.GPSIFD.GPSLongitudeRef: b"W", piexif.GPSIFD.GPSLongitude: ((1, 1), (38, 1), (2400, 100))}})
    image.new("RGB", (32, 32)).save(buf, "jpeg", exif=exif)
    t0 = datetime(2024, 3, 1, 20, 0, tzinfo=UTC)
    tweets = [make_tweet(str(1000 + i), t0 + timedelta(days=i), text, media=["abc.jpg"] if i == 0 else ())
              for i, text in enumerate(["A walk today.", "Rain again.", "Tea and toast."])]
    archive = build_twitter_archive(tmp_path / "x", tweets, zip=False, media={"1000-abc.jpg": buf.getvalue()})
    plain = [f for f in _findings("scan", str(archive), "--no-redact") if f["rule"] == "META010"]
    assert plain and plain[0]["evidence"].startswith("GPSPosition=53.8"), plain
    redacted = [f for f in _findings("scan", str(archive), "--redact") if f["rule"] == "META010"]
    evidence = redacted[0]["evidence"]
    assert evidence.startswith("GPSPosition=***"), evidence
    assert "53" not in evidence and "1.64" not in evidence
    assert all(re.fullmatch(r"[A-Za-z]+=\*\*\*", part) for part in evidence.split("; ")), evidence


@pytest.fixture()
def corpora(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # Function-word prose: "when" is among the habits both sides share.
    words = WORDS.split()
    rng = random.Random(3)

    def text(n: int) -> str:
        return " ".join(rng.choice(words) for _ in range(n)) + "."

    for folder, count in (("pseudo", 60), ("posts", 80), ("letters", 60)):
        (tmp_path / folder).mkdir()
        body = "\n\n".join(text(40) for _ in range(count))
        if folder != "letters":
            body = body.replace(" when ", " when when ")  # both sides use "when" unusually often
        (tmp_path / folder / "a.txt").write_text(body)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_compare_advice_keeps_the_word_a_label_equals(corpora: Path) -> None:
    args = ["compare", "pseudo", "--known", "when=posts", "--known", "other=letters"]
    code, plain, err = _run(*args, "--no-redact")
    assert "You write 'when' unusually often" in plain, plain
    code, out, err = _run(*args, "--redact")
    assert "You write 'when' unusually often" in out, out
    assert "You write 'known 1'" not in out
    # Where the report names the corpus, the label is still its number.
    assert "'known 1'" in out and "'when'" in out
    code, out, _ = _run(*args, "--redact", "--format", "json")
    doc = json.loads(out)
    assert any("You write 'when'" in line for line in doc["habits_to_vary"]), doc["habits_to_vary"]
    assert all("'known 1' unusually" not in line for line in doc["habits_to_vary"])


def test_scan_known_advice_keeps_the_word_a_label_equals(corpora: Path) -> None:
    # "your": the first function word of MATCH002's advice here (its message quotes three).
    args = ["scan", "pseudo", "--known", "your=posts", "--known", "other=letters"]
    plain = [f["message"] for f in _findings(*args, "--no-redact") if f["rule"] == "MATCH002"]
    assert plain and "shared with 'your': " in plain[0] and "You write 'your' unusually" in plain[0], plain
    match = [f["message"] for f in _findings(*args, "--redact") if f["rule"] == "MATCH002"]
    assert "shared with 'known 1': " in match[0], match
    assert "You write 'your' unusually" in match[0], match
    assert "'known 1' unusually" not in match[0], match


def test_label_hider_names_labels_not_the_advice_word() -> None:
    from nymaudit.report.redact import label_hider

    hide = label_hider({"words": {"when": 3200, "me": 900}, "candidates": []})
    assert hide("Known corpus 'when' has only 3200 words") == "Known corpus 'known 1' has only 3200 words"
    assert hide("12 habits shared with 'me': You write 'me' unusually often") == (
        "12 habits shared with 'known 2': You write 'me' unusually often")
    # A function word as a label is replaced only where it stands quoted, not in the tool's prose.
    assert hide("Find me in the known writing") == "Find me in the known writing"
