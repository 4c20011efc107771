"""Masked identity values keep no shape (red team 10 F4, 29 November 2026, tenth session).

Until then a redacted report showed a name of 8 and 10 letters as "******** **********", an
11-letter Bluesky handle as "***********.****.******", LinkedIn's first-last-xxxx slug as
"********-**********-****" and a phone's digit count: against a short list of candidates the
lengths picked the person. Names, handles, contacts, devices and account ids are now one fixed
"***" (the platform, the metadata field and the kind of contact stay). Also: a redacted report
lists its findings in the unredacted report's order, and git's own file names stay readable.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from archive_builders import build_jekyll_blog
from nymaudit.cli import app

NAME = "Morwenna Trevithick"  # 8 and 10 letters
USER = "mtrevithick"  # 11: initial + surname
EMAIL = "mtrevithick@cornwall.gov.uk"
PHONE = "07700 900461"
SLUG = "morwenna-trevithick-5a2b"
BSKY = "kernowquill.bsky.social"
SERIAL = "SN4471XQ92"
# The shapes the masks left, per red team 10 F4.
SHAPES = {
    "name": re.compile(r"(?<!\*)\*{8} \*{10}(?!\*)"),
    "bluesky handle": re.compile(r"\*{11}\.\*{4}\.\*{6}"),
    "linkedin slug": re.compile(r"\*{8}-\*{10}-\*{4}"),
    "fediverse handle": re.compile(r"@\*{11}@"),
    "phone": re.compile(r"(?<![*\w])\*{5} \*{6}(?![*\w])"),
    "user name": re.compile(r"'\*{11}'"),
    "serial": re.compile(r"(?<![*\w])\*{10}(?![*\w])"),
}


def _jpeg() -> bytes:
    import piexif
    from PIL import Image

    raw = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 160, 200)).save(raw, "JPEG", quality=60)
    exif = piexif.dump({
        "0th": {piexif.ImageIFD.Make: b"Canon", piexif.ImageIFD.Model: b"Canon EOS 5D Mark IV",
                piexif.ImageIFD.Artist: NAME.encode(),
                piexif.ImageIFD.Copyright: f"(c) 2025 {NAME}".encode()},
        "Exif": {piexif.ExifIFD.BodySerialNumber: SERIAL.encode(),
                 piexif.ExifIFD.CameraOwnerName: NAME.encode()},
        "GPS": {}, "1st": {}, "thumbnail": None})
    out = io.BytesIO()
    piexif.insert(exif, raw.getvalue(), out)
    return out.getvalue()


def _pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(72, 72)
    writer.add_metadata({"/Author": NAME, "/Creator": "Microsoft Word"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


BODIES = [
    f"My name is {NAME}. Call me on {PHONE} or mail {EMAIL}.",
    f"Find me at https://www.linkedin.com/in/{SLUG} and @kernowquill@mastodon.social and "
    f"https://bsky.app/profile/{BSKY}",
    "See ![photo](/assets/img/garden.jpg) and [cv](/assets/Morwenna_CV.pdf).",
]


def _blog(root: Path) -> Path:
    start = datetime(2025, 1, 6, 8, 15, tzinfo=UTC)
    posts = []
    for i in range(12):
        when = start + timedelta(days=i)
        # Posts 2 and 10 give a number each: two SELF002 findings whose masked paths
        # ("****-**-**-post-10.md" < "****-**-**-post-2.md") sort the other way from their dates.
        extra = f"\n\nOr ring the office on 01632 96{i:04d}.\n" if i in (2, 10) else ""
        posts.append({"name": f"{when:%Y-%m-%d}-post-{i}.md",
                      "front": {"title": f"Post {i}", "date": when.strftime("%Y-%m-%d %H:%M:%S +0000")},
                      "body": BODIES[i % len(BODIES)] + "\n\nSome more ordinary words.\n" + extra})
    return build_jekyll_blog(root / "blog", posts,
                             files={"assets/img/garden.jpg": _jpeg(), "assets/Morwenna_CV.pdf": _pdf()})


def _run(*args: str) -> str:
    out = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"}, catch_exceptions=False)
    assert out.exit_code in (0, 1), out.output
    return out.stdout


@pytest.fixture(scope="module")
def blog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _blog(tmp_path_factory.mktemp("shape"))


@pytest.mark.parametrize("fmt", ["terminal", "json", "markdown", "html", "sarif"])
def test_identity_values_keep_no_shape_in_any_format(blog, fmt):
    text = _run("scan", str(blog), "--redact", "--format", fmt).replace("\\*", "*")  # Markdown's \*
    for secret in (NAME, "Morwenna", "Trevithick", USER, "kernowquill", SLUG, "900461", SERIAL):
        assert secret.casefold() not in text.casefold(), secret
    for what, shape in SHAPES.items():
        assert not shape.search(text), (what, shape.search(text).group(0))  # type: ignore[union-attr]


def test_what_a_reader_needs_stays(blog):
    doc = json.loads(_run("scan", str(blog), "--redact", "--format", "json"))
    clues = {(f["rule"], f["clue"]["value"]) for f in doc["findings"] if f["clue"]}
    # The platform, the field and the kind of contact; the value FIXED.
    assert ("LINK007", "LinkedIn ***") in clues and ("LINK007", "Bluesky ***") in clues, clues
    assert ("SELF002", "phone ***") in clues and ("SELF001", "***@***") in clues, clues
    assert ("META012", "***") in clues and ("META011", "SerialNumber ***") in clues, clues
    linkedin = next(f for f in doc["findings"] if f["clue"] and f["clue"]["value"] == "LinkedIn ***")
    assert linkedin["message"].startswith("LinkedIn profile '***'"), linkedin["message"]
    author = next(f for f in doc["findings"] if f["rule"] == "META012" and "Author" in f["evidence"])
    assert author["evidence"] == "Author=***" and "Author '***'" in author["message"], author
    # The dossier: one entry per distinct value as before, with its count.
    identity = doc["profile"]["clues"]["identity"]
    assert {item["value"] for item in identity} >= {"***"}, identity
    assert doc["profile"]["clues"]["account"][0]["value"] in ("LinkedIn ***", "Bluesky ***")
    # Post text quoted as evidence: the name is FIXED inside it and marked, every other word one
    # fixed "***" too since the eleventh session (it kept each word's length).
    # Only the finding's own value is marked (review rev11a 7, rfx11): the phone, not the name and
    # the address other findings are about.
    phone = next(f for f in doc["findings"] if f["rule"] == "SELF002")
    assert phone["evidence"].startswith("*** *** *** ***. *** *** *** [***] *** *** ***@***."), \
        phone["evidence"]


def test_a_redacted_report_keeps_the_unredacted_order(blog):
    """Sorted by masked paths, "****-**-**-post-10.md" came before "****-**-**-post-4.md" (dates
    masked) and a user could not match the findings of the two reports one by one."""
    def order(*extra: str) -> list[tuple[str, str]]:
        doc = json.loads(_run("scan", str(blog), "--format", "json", *extra))
        return [(f["rule"], m.group(0) if (m := re.search(r"post-\d+", f["location"]["path"])) else "")
                for f in doc["findings"]]

    plain, redacted = order(), order("--redact")
    assert redacted == plain
    # This blog gives the case: two findings of one rule whose masked paths sort the other way.
    phones = [p for rule, p in plain if rule == "SELF002"]
    assert phones.index("post-2") < phones.index("post-10"), phones


@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_gits_own_file_names_stay_readable(tmp_path):
    """Follow-up to F1: ".mailmap" read ".*******" in a redacted report's locations."""
    root = tmp_path / "tidyq"
    root.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1"})
    subprocess.run(["git", "-C", str(root), "init", "-q", "-b", "main"], check=True, env=env)
    (root / "README.md").write_text("# tidyq\n\nA small queue that tidies itself.\n")
    (root / ".mailmap").write_text(
        "quietfox <quietfox@users.noreply.github.com> Daniel Marsh <daniel.marsh@acme-logistics.de>\n")
    (root / ".gitignore").write_text("*.pyc\n")
    for i in range(6):
        (root / "counter.dat").write_text(f"step {i}\n")
        when = f"2026-10-{12 + i:02d}T21:{i:02d}:00+02:00"
        subprocess.run(["git", "-C", str(root), "add", "-A"], check=True, env=env)
        subprocess.run(["git", "-C", str(root), "-c", "commit.gpgsign=false", "commit", "-q",
                        "-m", f"step {i}"],
                       check=True, env={**env, "GIT_AUTHOR_NAME": "quietfox",
                                        "GIT_AUTHOR_EMAIL": "quietfox@users.noreply.github.com",
                                        "GIT_COMMITTER_NAME": "quietfox",
                                        "GIT_COMMITTER_EMAIL": "quietfox@users.noreply.github.com",
                                        "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when})
    doc = json.loads(_run("scan", str(root), "--redact", "--format", "json"))
    linked = [f for f in doc["findings"] if f["rule"] == "SELF004"]
    assert linked and linked[0]["location"]["path"].endswith("/.mailmap"), linked
    assert linked[0]["location"]["record"] == "HEAD:.mailmap"
    text = json.dumps(doc)
    for secret in ("Marsh", "Daniel", "acme", "quietfox"):
        assert secret not in text, secret
