"""fxD2 (rev16c items 5 and 6): device owners whose names are also list words, and META001 on big archives.

1. META012's ``not_owner_words`` hid real names: "iPhone de Pere" (Catalan given name), "Tom Parish's
   iPhone", "iPhone de João Filho", "Laila Santa's iPhone", "Kita's iPhone" named no owner. A name of two
   or more words is now vetoed by its first word only; before a possessive the words of ``names_too``
   (Kita, Pai, Zimmer...) are a name's; Pere, Mere and Kermit are off the lists. Things stay things.
2. META001 grouped 20,000 geotagged posts across a city into 7,522 findings. Past MAX_PLACE_FINDINGS
   places the largest keep a finding each and one summary finding says how many more, from how many posts.
"""

from __future__ import annotations

import io
import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import piexif
import pytest
from PIL import Image
from typer.testing import CliRunner

from archive_builders import build_twitter_archive, make_tweet
from nymaudit.cli import app
from nymaudit.detectors import ScanContext, geotags
from nymaudit.detectors.geotags import detect
from nymaudit.metadata.core import Field
from nymaudit.metadata.findings import device_owner
from nymaudit.model import Corpus, Geotag, Origin, Post, Severity

# The cap (50); read so the file also runs against code from before it, where the tests must fail.
MAX_PLACE_FINDINGS: int = getattr(geotags, "MAX_PLACE_FINDINGS", 50)


def _run(*args: str) -> Any:
    out = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"}, catch_exceptions=False)
    assert out.exit_code in (0, 1), out.output
    return out


def _owner(computer: str) -> str | None:
    owner = device_owner([Field("software", "HostComputer", computer)])
    return owner.name if owner is not None else None


def _jpeg(computer: str) -> bytes:
    """A real JPEG (Pillow) whose EXIF (piexif) names the device it was made on, as an iPhone writes it."""
    zeroth: dict[int, Any] = {piexif.ImageIFD.Make: b"Apple", piexif.ImageIFD.Model: b"iPhone 15 Pro",
                              piexif.ImageIFD.HostComputer: computer.encode("utf-8")}
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 90, 60)).save(buf, "JPEG", exif=piexif.dump({"0th": zeroth}))
    return buf.getvalue()


# -- 1. Owners whose names are also list words ----------------------------------------------------------

HIDDEN_OWNERS = [("iPhone de Pere", "Pere"), ("Pere's iPhone", "Pere"), ("iPhone de Mere", "Mere"),
                 ("iPhone de João Filho", "João Filho"), ("iPhone de Carlos Filho", "Carlos Filho"),
                 ("Hans Zimmer's MacBook Pro", "Hans Zimmer"), ("Tom Parish's iPhone", "Tom Parish"),
                 ("Laila Santa's iPhone", "Laila Santa"), ("Kita's iPhone", "Kita"), ("Pai's iPhone", "Pai"),
                 ("Kermit's iPad", "Kermit")]


@pytest.mark.parametrize(("computer", "name"), HIDDEN_OWNERS)
def test_a_name_that_is_also_a_list_word_names_the_owner(computer: str, name: str) -> None:
    assert _owner(computer) == name


# The same words where they name a thing: after a preposition ("von Kita": from the nursery), first in a
# name of several words, or a figure alone.
THINGS = ["Santa's iPad", "iPad von Kita", "iPad do Pai", "iPad do filho", "Board Room's iPad",
          "Kids Room's iPad", "iPad de Père Noël", "Zimmer-iPad", "Office-iMac", "iPad de la classe"]


@pytest.mark.parametrize("computer", THINGS)
def test_a_thing_named_with_those_words_names_no_one(computer: str) -> None:  # guard
    assert _owner(computer) is None


def test_meta_of_a_photo_from_tom_parishs_iphone_names_him(tmp_path: Path) -> None:
    photo = tmp_path / "IMG_0001.jpg"
    photo.write_bytes(_jpeg("Tom Parish's iPhone"))
    doc = json.loads(_run("meta", str(photo), "--format", "json").stdout)
    owners = [f for file in doc["files"] for f in file["findings"] if f["rule"] == "META012"]
    assert owners and any("Tom Parish" in f["message"] for f in owners), owners
    assert owners[0]["severity"] == "high"


# -- 2. META001 on a big archive ---------------------------------------------------------------------

def _post(i: int, lat: float, lon: float) -> Post:
    return Post(id=str(i), timestamp=datetime(2024, 1, 1, tzinfo=UTC), text="x",
                origin=Origin("posts.json", record=f"#{i}"), geotag=Geotag(lat, lon, None))


def test_twenty_thousand_places_across_a_city_are_bounded_and_all_counted() -> None:
    rng = random.Random(1)
    posts = [_post(i, 53.7 + rng.random() * 0.2, -1.7 + rng.random() * 0.3) for i in range(20000)]
    findings = detect(ScanContext(corpus=Corpus(posts=posts))).findings
    assert len(findings) == MAX_PLACE_FINDINGS + 1
    summary = findings[-1]
    # Every post is said somewhere: the places reported one by one plus the summary's count.
    told = sum(int(f.message.split()[0]) for f in findings[:-1])
    more_places = int(summary.message.split()[0])
    posts_said = int(summary.message.split(" from ")[1].split()[0])
    assert told + posts_said == 20000
    assert "more places" in summary.message and f"Only the {MAX_PLACE_FINDINGS} places" in summary.message
    assert summary.severity == Severity.HIGH  # exact coordinates, as the places reported one by one
    assert more_places > 1000
    # The largest places come first: none the summary holds is larger than the last one reported.
    at_most = int(summary.message.split("each place posted from ")[1].split()[0])
    assert at_most <= int(findings[MAX_PLACE_FINDINGS - 1].message.split()[0])


def test_up_to_the_cap_every_place_keeps_its_own_finding() -> None:  # guard
    # MAX_PLACE_FINDINGS + 1 places 5 km apart: one over the cap is no summary of one.
    posts = [_post(i, 50.0 + 0.05 * i, 0.0) for i in range(MAX_PLACE_FINDINGS + 1)]
    findings = detect(ScanContext(corpus=Corpus(posts=posts))).findings
    assert len(findings) == MAX_PLACE_FINDINGS + 1
    assert not any("more places" in f.message for f in findings)


def test_scan_of_an_x_archive_with_many_places_reports_repeated_ones_and_a_summary(tmp_path: Path) -> None:
    start = datetime(2025, 3, 3, 19, 10, tzinfo=UTC)
    # Home, tweeted from 20 times, then 80 places each once, 2 km apart along a line.
    tweets = [make_tweet(str(1900000000000000000 + i), start + timedelta(hours=i), f"Evening {i}.",
                         coordinates=(53.8000, -1.5500)) for i in range(20)]
    tweets += [make_tweet(str(1900000000000001000 + i), start + timedelta(days=i), f"Out {i}.",
                          coordinates=(51.0 + 0.02 * i, -1.0)) for i in range(80)]
    archive = build_twitter_archive(tmp_path / "x.zip", tweets, zip=True)
    doc = json.loads(_run("scan", str(archive), "--format", "json").stdout)
    geotags = [f for f in doc["findings"] if f["rule"] == "META001"]
    assert len(geotags) == MAX_PLACE_FINDINGS + 1
    assert geotags[0]["message"].startswith("20 posts")
    summary = [f for f in geotags if "more places" in f["message"]]
    assert len(summary) == 1 and summary[0]["message"].startswith(
        f"{81 - MAX_PLACE_FINDINGS} more places from {81 - MAX_PLACE_FINDINGS} posts")
    assert "each place posted from once" in summary[0]["message"]
